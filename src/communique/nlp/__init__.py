"""The one spaCy parse of each article, and the mentions and clusters read off it."""
