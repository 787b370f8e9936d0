# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED := $(wildcard ../shared/corpus/seeds)
# The demo has its own store: `make demo` rebuilds demo.db and never touches your detente.db.
DB     ?= demo.db

.PHONY: demo test lint bench clean

$(BIN)/detente: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/detente
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/detente ingest detente/samples $(SHARED) --db $(DB)
	$(BIN)/detente articles --db $(DB)
	$(BIN)/detente stats --db $(DB)
	@echo; echo "== Talks, merged across outlets =="; $(BIN)/detente talks --db $(DB)
	@echo; echo "== Positions matrix (latest stance per party and issue) =="; $(BIN)/detente positions --db $(DB)
	@echo; echo "== Stories and where their sources disagree =="; $(BIN)/detente stories --db $(DB) | head -40
	@echo; echo "Next: .venv/bin/detente serve --db $(DB)  (pages at http://127.0.0.1:8000/, API spec at /docs)"

test: $(BIN)/detente
	$(BIN)/ruff check detente tests bench eval docs
	$(BIN)/pytest -q -ra

lint: $(BIN)/detente
	$(BIN)/ruff check detente tests bench eval docs

bench: $(BIN)/detente
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/extract.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache $(DB) $(DB)-wal $(DB)-shm

# The trained sentence classifier and the decision model over the rules' candidates (issue 10): fixed
# seeds, data listed in docs/training.md; CI does not train, it uses the weights this writes to
# detente/data/learned/.
.PHONY: train
train: $(BIN)/detente
	$(BIN)/python -m detente.learn.train --shared ../shared --out detente/data/learned/sentences
	$(BIN)/python -m detente.learn.decide_train --shared ../shared --out detente/data/learned/decisions.json
