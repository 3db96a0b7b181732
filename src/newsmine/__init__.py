"""newsmine: news articles → structured, cited knowledge (who said what, to whom, when, where)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsmine")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"
