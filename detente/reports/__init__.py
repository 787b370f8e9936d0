"""Reports assembled from stored records: the periodic digest."""
