"""Where the stages run: ``local`` (this process, or a pool of processes) lives in pipeline.py; ``ray`` here.

Importing this package registers its engines with the pipeline (``pipeline.RUNNERS``); ``communique`` imports
it, so ``Pipeline.pipe(engine="ray")`` finds Ray's runner while the pipeline imports no engine. Ray itself is
imported only when a runner starts.
"""

from . import ray  # noqa: F401  (registers the "ray" runner)
