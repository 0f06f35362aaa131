"""Who is who: the actor knowledge base and the phrase resolver built on it."""

from communique.actors.kb import KnowledgeBase, KnowledgeBaseError, load_kb
from communique.actors.phrases import resolve_phrase

__all__ = ["KnowledgeBase", "KnowledgeBaseError", "load_kb", "resolve_phrase"]
