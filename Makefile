# The two commands: `make run` (the app on http://127.0.0.1:8501, this machine only) and
# `make test` (the whole suite). `make run HOST=0.0.0.0` serves other machines too: see README.
# Both build .venv/ from the hash-locked uv.lock; uv itself is bootstrapped from PyPI into .tools/
# with pip, hash-checked against tools.lock. Needs only python3 (3.11+) and pip.

PYTHON ?= python3
TOOLS  := .tools
UV     := $(TOOLS)/bin/uv
VENV   := .venv
STAMP  := $(VENV)/.synced

# Offline and quiet by default: no price-map download, no telemetry, no managed-Python download.
export LITELLM_LOCAL_MODEL_COST_MAP := True
export LITELLM_TELEMETRY := False
export STREAMLIT_BROWSER_GATHER_USAGE_STATS := false
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
# Bytecode compiled at install, as pip does: no start of the page or the CLI compiles streamlit or
# litellm from source (this matters where PYTHONDONTWRITEBYTECODE is set, as in our sandbox).
export UV_COMPILE_BYTECODE := 1

.PHONY: run test venv supply-chain browser lint eval bench screenshot lock clean

$(UV): tools.lock
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --require-hashes --no-deps -r tools.lock
	touch $(UV)

$(STAMP): $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --python $(PYTHON)
	touch $(STAMP)

venv: $(STAMP) supply-chain

# After editing dependencies in pyproject.toml: re-lock, and export the same pins with hashes for
# pip-only installs (`pip install --require-hashes -r requirements.txt`).
lock: $(UV)
	$(UV) lock
	$(UV) export --frozen --no-dev --no-emit-project --format requirements-txt -o requirements.txt -q

# litellm 1.82.7/1.82.8 planted litellm_init.pth, which runs at every Python start: refuse to go on.
supply-chain:
	@found=$$(find $(VENV) -name 'litellm_init.pth' 2>/dev/null); \
	if [ -n "$$found" ]; then echo "DANGER: $$found exists: a compromised litellm was installed. Delete .venv and check uv.lock." >&2; exit 1; fi

# Loopback by default: the page has no login, so anyone who can reach it can read the tracker.
HOST ?= 127.0.0.1
run: venv
	@case "$(HOST)" in 127.*|localhost|::1) ;; *) \
	  echo "WARNING: serving Follow-up on $(HOST): ANYONE who can reach this machine on port 8501 (the same Wi-Fi, the same network) can open the page and read your notes, drafts and tracker. There is no login. Stop with Ctrl-C; run plain 'make run' to keep it on this machine." >&2;; esac
	@$(VENV)/bin/python -m compileall -q assistant app_pages streamlit_app.py >/dev/null 2>&1 || true  # bytecode cached even under PYTHONDONTWRITEBYTECODE: a quicker first page
	$(VENV)/bin/streamlit run streamlit_app.py --server.port 8501 --server.headless true \
	  --server.address $(HOST)

test: venv browser lint
	$(VENV)/bin/python -m pytest

# The one real-browser test drives Debian's chromium (never a downloaded browser); install it when
# we can (root with apt), otherwise that test skips and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian chromium for the browser test (about a minute)…"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "Could not install chromium: the browser test will be skipped."; \
	  else echo "chromium not found and cannot be installed here: the browser test will be skipped."; fi; }

eval: venv
	$(VENV)/bin/followup eval
	$(VENV)/bin/followup eval reader
	$(VENV)/bin/followup eval reader --set holdout
	$(VENV)/bin/followup eval calibrate

# README's pictures (1366×768 and 390×844), taken by the real-browser test.
screenshot: venv browser
	FOLLOWUP_SCREENSHOT=docs/screenshot.png FOLLOWUP_PHONE_SCREENSHOT=docs/screenshot-phone.png \
	  $(VENV)/bin/python -m pytest tests/test_browser.py -q

bench: venv
	$(VENV)/bin/python benchmarks/run.py

lint: venv
	$(VENV)/bin/ruff check assistant evals tests app_pages benchmarks streamlit_app.py
	$(VENV)/bin/ruff format --check assistant evals tests app_pages benchmarks streamlit_app.py
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) $(TOOLS)
