"""Page -> Article: the story cut out of HTML or scraped text, with its metadata, credits and language."""
