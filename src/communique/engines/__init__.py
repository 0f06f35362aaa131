"""Where the stages run: ``local`` (this process, or a pool of processes) lives in pipeline.py; ``ray`` here."""
