# Two commands: `make run` sets everything up and serves the app; `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 5000
FLASK  := $(BIN)/flask --app workbench

.PHONY: run test install test-e2e bench clean initial-migration

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

run: install
	$(FLASK) init-db
	$(FLASK) create-admin
	@echo "Serving on http://127.0.0.1:$(PORT)"
	$(BIN)/gunicorn --workers 2 --bind 127.0.0.1:$(PORT) --access-logfile - 'workbench:create_app()'

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Until the first release the schema has one migration, regenerated from the models after a
# model change (no database in the wild depends on it yet). It is built against a throw-away
# SQLite database so no existing one is touched.
# Hand-written migrations chained after 0001 (triggers, data) are set aside meanwhile, since
# autogenerate needs a database at head and they are not derived from the models.
initial-migration: install
	rm -f migrations/versions/0001_*.py
	tmp=$$(mktemp -d) && mkdir $$tmp/later && \
	    for f in migrations/versions/[0-9][0-9][0-9][0-9]_*.py; do [ -e "$$f" ] && mv "$$f" $$tmp/later/; done; \
	    env -u DATABASE_URL WORKBENCH_INSTANCE_PATH=$$tmp WORKBENCH_ENV=development \
	    $(FLASK) db migrate --rev-id 0001 -m "create users, articles, claims, evidence and notes"; \
	    status=$$?; mv $$tmp/later/*.py migrations/versions/ 2>/dev/null; rm -rf $$tmp; exit $$status

bench: install
	$(BIN)/python bench/split_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
