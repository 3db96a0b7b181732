"""Article → Doc: the analysis pipeline (`pipeline.py`) and its registered components.

The package is callable: `newsmine.analyze(source, ...)` is the public `newsmine.api.analyze`.
"""

from newsmine.callable_package import make_callable

make_callable(__name__, "analyze")
