"""Events: what happened, who did it, when and where (issue 5). The time resolver lives in ``when``."""
