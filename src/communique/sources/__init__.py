"""Readers that turn what users have (files, directories, stdin, WARC, JSONL) into Pages."""

from .files import DEFAULT_MAX_BYTES, read_file, read_paths

__all__ = ["DEFAULT_MAX_BYTES", "read_file", "read_paths"]
