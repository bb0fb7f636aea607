"""Domain errors: every message is for people (Indonesian), one line, naming what to do.

The CLI maps each class to an exit code (DESIGN.md §9); the GUI shows the message as is.
"""


class PerutError(Exception):
    """Base of all errors the program expects and explains."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(PerutError):
    """Malformed arguments or impossible values (a date like 2026-13-45)."""

    exit_code = 2


class InputRejected(PerutError):
    """An input that exists but cannot be accepted: bad file or bundle, unknown village,
    visit or officer, an output path that cannot be written. Nothing was changed."""

    exit_code = 3


class ValidationError(InputRejected):
    """A value a user entered breaks a rule (visit in the future, follow-up without task)."""


class NotFound(InputRejected):
    """A named record does not exist."""


class StateError(PerutError):
    """Refused in this state of the replica: not initialised, wrong role, revoked."""

    exit_code = 4


class OwnershipError(StateError):
    """This device may not write that record (DESIGN.md §3)."""


class WorkflowError(StateError):
    """A visit status change that is not allowed from the current status."""
