"""Stage 3: mentions and facts from parsed documents (entities.py, relations.py, dates.py)."""
