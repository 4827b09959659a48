"""Progress, cancel and log messages between the engine and whoever runs it.

The engine only talks to a :class:`Feedback`; the Processing adapters pass one that
forwards to ``QgsProcessingFeedback``, tests and scripts use the default (silent)
or :class:`RecordingFeedback`.
"""
import logging

from .errors import CanceledError

_LOG = logging.getLogger("infraplan")


class Feedback:
    """Silent default: no progress, never canceled; messages go to ``logging``."""

    def set_progress(self, percent):
        """Report overall progress in percent (0..100)."""

    def is_canceled(self):
        return False

    def info(self, message):
        _LOG.info(message)

    def warning(self, message):
        _LOG.warning(message)

    # helpers used by the engine -------------------------------------------------
    def check_canceled(self):
        """Raise :class:`CanceledError` when the user asked to stop."""
        if self.is_canceled():
            raise CanceledError()

    def step(self, done, total, start=0.0, end=100.0):
        """Report progress of item ``done`` of ``total`` mapped into [start, end], and
        raise :class:`CanceledError` when canceled. Call it inside long loops."""
        self.check_canceled()
        if total > 0:
            self.set_progress(start + (end - start) * min(done, total) / total)


class RecordingFeedback(Feedback):
    """Keeps every message and progress value; for tests and scripts."""

    def __init__(self, cancel_after=None):
        self.messages = []
        self.warnings = []
        self.progress = []
        self._cancel_after = cancel_after

    def set_progress(self, percent):
        self.progress.append(percent)

    def is_canceled(self):
        return self._cancel_after is not None and len(self.progress) >= self._cancel_after

    def info(self, message):
        self.messages.append(message)

    def warning(self, message):
        self.warnings.append(message)


class SubFeedback(Feedback):
    """Maps the progress of a sub-step into a slice [start, end] of its parent's."""

    def __init__(self, parent, start, end):
        self.parent, self.start, self.end = parent, start, end

    def set_progress(self, percent):
        self.parent.set_progress(self.start + (self.end - self.start) * percent / 100.0)

    def is_canceled(self):
        return self.parent.is_canceled()

    def info(self, message):
        self.parent.info(message)

    def warning(self, message):
        self.parent.warning(message)
