"""The model registry: names resolved lazily, the offline drafter a model like any other, and
what a model needs or can do asked of the model, never of its name."""

from __future__ import annotations

import subprocess
import sys

import pytest
from fake_model import FAKE, FakeModel

from assistant.drafter.model import OfflineModel
from assistant.models import llm, registry
from assistant.models.api_keys import key_name
from assistant.models.litellm_model import LiteLLMModel


def test_importing_the_registry_imports_no_models_code():
    code = (
        "import sys; from assistant.models import llm, registry, api_keys;"
        "print(sorted(m for m in sys.modules if m == 'litellm' or m.startswith("
        "('litellm.', 'assistant.drafter', 'assistant.models.litellm_'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_litellm_name_resolves_without_importing_litellm():
    code = (
        "import sys; from assistant.models import llm;"
        "m = llm.model('gpt-4o-mini'); print(type(m).__name__, m.key_name, m.streams,"
        " 'litellm' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["LiteLLMModel", "OPENAI_API_KEY", "True", "False"]


@pytest.mark.parametrize("name", ["offline", "OFFLINE", " offline ", "offline/drafter"])
def test_offline_is_the_built_in_drafter_under_any_spelling(name):
    model = llm.model(name)
    assert isinstance(model, OfflineModel) and model.name == "offline"
    assert (model.key_name, model.streams, model.deterministic) == (None, False, True)


@pytest.mark.parametrize("name", ["gpt-4o-mini", "ollama/llama3", "openai/x", "offline-ish"])
def test_every_other_name_is_litellms(name):
    model = llm.model(name)
    assert isinstance(model, LiteLLMModel) and model.streams and not model.deterministic
    assert model.key_name == key_name(name)


def test_the_default_setting_names_the_offline_model():
    assert isinstance(llm.model(llm.ModelSettings().model), OfflineModel)


def test_a_registration_inside_a_block_is_undone_after_it():
    fake = FakeModel("Subject: x\n\nHello")
    with registry.registered("offline", fake), registry.registered(registry.ANY, fake):
        assert llm.model("offline") is fake and llm.model("anything/else") is fake
        assert llm.complete([{"role": "user", "content": "hi"}]).text == "Subject: x\n\nHello"
    assert isinstance(llm.model("offline"), OfflineModel)
    assert isinstance(llm.model("anything/else"), LiteLLMModel)


def test_a_factory_gets_the_registered_name_and_a_dotted_path_is_imported_when_asked():
    seen = []

    def factory(name):
        seen.append(name)
        return FakeModel()

    with registry.registered("Mine", factory):
        llm.model(" MINE ")
    assert seen == ["Mine"]
    with registry.registered("path", "assistant.drafter.model:OfflineModel"):
        assert isinstance(llm.model("path"), OfflineModel)


def test_the_fake_model_queues_replies_and_keeps_prompts(fake_model):
    fake_model.queue("Subject: one\n\nFirst", ValueError("second fails"))
    settings = llm.ModelSettings(model=FAKE)
    messages = [{"role": "user", "content": "Thank Priya"}]
    assert llm.complete(messages, settings, seed=4).text == "Subject: one\n\nFirst"
    with pytest.raises(ValueError, match="second fails"):
        llm.complete(messages, settings)
    stream = llm.stream(messages, settings)
    assert "".join(stream).startswith("Subject: Thank you") and stream.complete
    assert [(p.seed, p.streamed, p.user) for p in fake_model.prompts] == [
        (4, False, "Thank Priya"),
        (0, False, "Thank Priya"),
        (0, True, "Thank Priya"),
    ]
