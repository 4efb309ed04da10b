"""Stage 3: mentions and facts from parsed documents: entities.py (mentions), dates.py, and relations.py
(facts), which runs unnamed.py, posts.py, meetings.py and nominal.py over docindex.py and clauses.py."""
