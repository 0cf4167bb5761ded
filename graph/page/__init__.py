"""The analyst's page: ``layout`` places the actors, ``model`` is what the page shows,
``render`` writes the one HTML file from ``templates/``."""
