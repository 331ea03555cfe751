"""Hospital operations forecasting: ED arrivals, admissions, bed occupancy, managers' series.

Series come from the stored encounters (``build``) or a ``date,value`` CSV (``csv_series``);
``engine.forecast_series`` backtests several statsforecast models per series, keeps the best
at seven days and forecasts with 80 % and 95 % intervals; ``service`` is the entry point of
the command line (and later the web page and the API). Nothing here is imported by other
features, and statsforecast is imported only when a forecast runs (it takes seconds).
"""
