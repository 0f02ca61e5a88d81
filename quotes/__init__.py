"""quotes: build a dataset of attributed quotations from Arabic news."""
__version__ = "0.1.0"
