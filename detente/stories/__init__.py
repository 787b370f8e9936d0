"""Across sources: group articles into stories and merge their records into facts."""
