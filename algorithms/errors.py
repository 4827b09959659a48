"""Typed engine errors. The Processing adapters turn them into QgsProcessingException."""


class InfraPlanError(Exception):
    """Base class of all errors the engine raises on purpose."""


class InputError(InfraPlanError):
    """Bad input: the message names the layer, field or value and what to do."""


class CanceledError(InfraPlanError):
    """The user canceled the run; nothing was written."""

    def __init__(self, message="Canceled by the user."):
        super().__init__(message)
