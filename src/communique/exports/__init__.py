"""Events out of the store in the formats analysts load: JSONL, CSV, Parquet, and GDELT 2.0 event TSV."""

from .flat import FLAT_COLUMNS, flat, frame
from .gdelt import GDELT_COLUMNS, gdelt_row, read_gdelt
from .write import FORMATS, write_events

__all__ = ["FLAT_COLUMNS", "FORMATS", "GDELT_COLUMNS", "flat", "frame", "gdelt_row", "read_gdelt", "write_events"]
