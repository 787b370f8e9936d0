"""`python -m detente.spark INPUTS... --output DIR`: the job without the detente CLI."""
import sys

from detente.spark.job import main

sys.exit(main())
