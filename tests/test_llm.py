"""The model door: offline without litellm, real models through litellm (its own mock_response, or\nthe fake OpenAI server on 127.0.0.1: never networked)."""

import subprocess
import sys

import pytest
from fake_openai import FakeOpenAI, Fault

from assistant.core.domain import Interviewer, Notes
from assistant.core.errors import ModelError
from assistant.models import litellm_calls, llm
from assistant.models.provider_errors import failure
from assistant.prompting.build import build_messages

NOTES = Notes(
    text="notes",
    interviewers=(Interviewer("Priya Nair"),),
    company="Stripe",
    role="Backend Engineer",
    candidate="Sam Okoye",
    details=("idempotency keys",),
)
MESSAGES = build_messages(NOTES, "thank_you")
REPLY = "Subject: Thank you – Backend Engineer interview\n\nDear Priya,\n\nThank you.\n\nBest,\nSam"


def test_offline_path_never_imports_litellm():
    code = (
        "import sys; from assistant.models import llm; from assistant.prompting.build import build_messages;"
        "from assistant.core.domain import Notes;"
        "llm.complete(build_messages(Notes(text='x', role='Analyst'), 'thank_you'));"
        "print('litellm' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_offline_completion_has_the_providers_shape():
    reply = llm.complete(MESSAGES, seed=3)
    assert reply.model == "offline" and reply.finish_reason == "stop"
    assert reply.text.startswith("Subject: ") and "Dear Priya" in reply.text
    assert (
        reply.usage["total_tokens"]
        == reply.usage["prompt_tokens"] + reply.usage["completion_tokens"]
    )


def test_offline_stream_yields_the_same_text_in_chunks():
    stream = llm.stream(MESSAGES, seed=1)
    chunks = list(stream)
    assert len(chunks) > 5 and "".join(chunks) == llm.complete(MESSAGES, seed=1).text
    assert stream.complete


def test_real_model_goes_through_litellm_with_mock_response():
    settings = llm.ModelSettings(model="gpt-4o-mini", max_retries=0)
    reply = llm.complete(MESSAGES, settings, mock_response=REPLY)
    assert reply.text == REPLY and "gpt-4o-mini" in reply.model


def test_real_model_stream_through_litellm_with_mock_response():
    stream = llm.stream(MESSAGES, llm.ModelSettings(model="gpt-4o-mini"), mock_response=REPLY)
    assert "".join(stream) == REPLY and stream.complete


def _errors():
    litellm = litellm_calls.load_litellm()
    args = {"llm_provider": "openai", "model": "gpt-4o-mini"}
    return [
        (
            litellm.AuthenticationError(message="Incorrect API key sk-abcdefghijkl", **args),
            "auth",
            False,
        ),
        (litellm.RateLimitError(message="slow down", **args), "rate_limit", True),
        (litellm.Timeout(message="Request timed out", **args), "timeout", True),
        (litellm.APIConnectionError(message="Connection refused", **args), "connection", True),
        (litellm.InternalServerError(message="boom", **args), "server", True),
        (litellm.ContentPolicyViolationError(message="blocked", **args), "refused", False),
    ]


@pytest.fixture(scope="module")
def server():
    """One fake OpenAI-compatible server on 127.0.0.1 for the module (tests/fake_openai.py)."""
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def fake(server):
    server.reset()
    return server


def _at(fake: FakeOpenAI, model: str = "openai/gpt-4o-mini", **options) -> llm.ModelSettings:
    return llm.ModelSettings(
        model=model, api_base=fake.api_base, api_key="sk-test-local-0000000000", **options
    )


@pytest.mark.parametrize("index", range(6))
def test_every_provider_failure_becomes_one_clear_model_error(index):
    exc, kind, retryable = _errors()[index]
    error = failure(exc, llm.ModelSettings(model="gpt-4o-mini", max_retries=2))
    assert isinstance(error, ModelError)
    assert error.kind == kind and error.retryable == retryable
    assert "sk-abcdefghijkl" not in str(error)
    assert "offline" in str(error)


@pytest.mark.parametrize(
    "status, kind, requests", [(401, "auth", 1), (429, "rate_limit", 3), (500, "server", 3)]
)
def test_only_retryable_failures_are_retried(fake, status, kind, requests):
    fake.queue(*[Fault("status", status=status, headers={"Retry-After": "0"})] * 3)
    with pytest.raises(ModelError) as info:
        llm.complete(MESSAGES, _at(fake, max_retries=2))
    assert info.value.kind == kind and len(fake.completions) == requests


def test_missing_key_message_says_how_to_fix_it():
    litellm = litellm_calls.load_litellm()
    exc = litellm.AuthenticationError(message="no key", llm_provider="anthropic", model="claude")
    with pytest.raises(ModelError, match="ANTHROPIC_API_KEY"):
        raise failure(exc, llm.ModelSettings(model="anthropic/claude-x", max_retries=0))


def test_mocked_rate_limit_string_is_mapped():
    with pytest.raises(ModelError) as info:
        llm.complete(
            MESSAGES,
            llm.ModelSettings(model="gpt-4o-mini", max_retries=0),
            mock_response="litellm.RateLimitError",
        )
    assert info.value.kind == "rate_limit"


@pytest.mark.parametrize(
    "content, finish, kind",
    [("", "stop", "empty"), ("   ", "stop", "empty"), ("Subject: x", "content_filter", "refused")],
)
def test_empty_and_filtered_replies_are_errors(content, finish, kind):
    litellm = litellm_calls.load_litellm()
    response = litellm.ModelResponse(
        model="gpt-4o-mini",
        choices=[
            {
                "message": {"role": "assistant", "content": content},
                "finish_reason": finish,
                "index": 0,
            }
        ],
    )
    with pytest.raises(ModelError) as info:
        llm.complete(
            MESSAGES, llm.ModelSettings(model="gpt-4o-mini", max_retries=0), mock_response=response
        )
    assert info.value.kind == kind


def test_api_key_never_appears_in_repr_or_scrubbed_text(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-FAKEKEY-1234567890")
    settings = llm.ModelSettings(model="gpt-4o-mini", api_key="sk-other-SECRET-999999")
    assert "SECRET" not in repr(settings)
    text = "failed with sk-test-FAKEKEY-1234567890 and sk-other-SECRET-999999 Bearer abcdefghij"
    scrubbed = llm.scrub(text, settings)
    assert "FAKEKEY" not in scrubbed and "SECRET" not in scrubbed and "abcdefghij" not in scrubbed


def test_api_base_and_key_are_passed_to_litellm(fake):
    fake.queue(Fault(text=REPLY))
    reply = llm.complete(
        MESSAGES,
        llm.ModelSettings(
            model="openai/llama3",
            api_base=fake.api_base,
            api_key="k-123456",
            temperature=0.2,
            timeout=7,
        ),
    )
    (request,) = fake.completions
    headers = {k.lower(): v for k, v in request.headers.items()}
    assert reply.text == REPLY and headers["authorization"] == "Bearer k-123456"
    assert request.body["temperature"] == 0.2 and request.body["model"] == "llama3"


def test_litellms_own_retries_are_off(fake):
    fake.queue(*[Fault("status", status=500)] * 3)
    with pytest.raises(ModelError):
        llm.complete(MESSAGES, _at(fake, max_retries=0))
    assert len(fake.completions) == 1  # the openai client would have retried twice by itself
