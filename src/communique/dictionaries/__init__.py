"""Readers and converters of the field's open coding dictionaries (PETRARCH2 / Phoenix, MIT)."""
