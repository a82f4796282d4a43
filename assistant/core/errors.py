"""The errors a person may see; each message says what to do about it."""


class FollowUpError(Exception):
    """Base for every error meant for a person, not a traceback."""


class NotesError(FollowUpError):
    """The notes cannot be used as given (empty, unreadable)."""


class RulesError(FollowUpError):
    """prompts/stages.toml (or a prompt template) is malformed."""


class ModelError(FollowUpError):
    """A model call failed; the message says why and what to try."""

    def __init__(self, message: str, *, kind: str = "error", retryable: bool = False):
        super().__init__(message)
        self.kind = kind
        self.retryable = retryable


class TrackError(FollowUpError):
    """A tracked interview, outcome or data file that cannot be used as given."""
