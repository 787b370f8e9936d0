"""Near-duplicates across all partitions with Spark ML's MinHashLSH (nothing is collected to the driver).

The features are the same word 5-shingles `detente.ingest.dedupe` uses, hashed into a sparse binary
vector; `approxSimilarityJoin` returns candidate pairs with their exact Jaccard distance, kept when
the similarity reaches `near_duplicate_threshold`. As in the single-machine path a copy is linked to
its original (here: the earlier article by file and index), at most `max_links` originals each.
"""
from __future__ import annotations

from typing import Any

NUM_FEATURES = 1 << 20
HASH_TABLES = 5
MAX_LINKS = 3
PAIR_SCHEMA = "article_id STRING, other_id STRING, similarity DOUBLE"


def near_duplicates(articles: Any, threshold: float, max_links: int = MAX_LINKS) -> Any:
    """Pairs (article_id = the copy, other_id = its original, similarity) among `articles` (id, file,
    article, text), as a DataFrame."""
    from pyspark.ml.feature import HashingTF, MinHashLSH
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, StringType

    from detente.ingest.dedupe import shingles

    shingle = F.udf(lambda text: sorted(shingles(text or "")), ArrayType(StringType()))
    items = (articles.select("id", "file", "article", shingle("text").alias("shingles"))
             .where(F.size("shingles") > 0))
    items = HashingTF(inputCol="shingles", outputCol="features", numFeatures=NUM_FEATURES,
                      binary=True).transform(items)
    model = MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=HASH_TABLES,
                       seed=42).fit(items)
    pairs = model.approxSimilarityJoin(items, items, 1.0 - threshold, distCol="distance")
    a, b = F.col("datasetA"), F.col("datasetB")
    earlier = F.struct(b["file"], b["article"], b["id"]) < F.struct(a["file"], a["article"], a["id"])
    links = pairs.where(earlier).select(
        a["id"].alias("article_id"), b["id"].alias("other_id"),
        F.round(1.0 - F.col("distance"), 3).alias("similarity"))
    best = Window.partitionBy("article_id").orderBy(F.desc("similarity"), "other_id")
    return (links.withColumn("rank", F.row_number().over(best)).where(F.col("rank") <= max_links)
            .drop("rank"))
