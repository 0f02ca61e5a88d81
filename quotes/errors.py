"""One exception family. Every message says what was found and what is allowed or what to do."""
from __future__ import annotations


class QuotesError(Exception):
    """Base class for every error the builder reports to a user."""


class InputError(QuotesError):
    """An input path or file cannot be read as articles."""


class DataFileError(QuotesError):
    """A language data file inside the package is malformed."""


class VersionExistsError(QuotesError):
    """A build would change the content of an existing, immutable version."""


class DatasetError(QuotesError):
    """A dataset folder given to evaluate/speakers/search/report is not a built dataset."""


class OutputError(QuotesError):
    """The output folder (--out) cannot be created or written."""


class EmptyBuildError(QuotesError):
    """A build found no quotes: a version without rows is not written (datasets.load_dataset cannot open a
    split without rows)."""
