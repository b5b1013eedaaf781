"""Parley: news about negotiations, as actors, quotes and demands over HTTP.

The app is built by `service.app.create_app`; `service.cli` is the `parley`
command. This package imports nothing itself, so `parley healthcheck` (run by
container health checks every few seconds) starts without loading spaCy.
"""
