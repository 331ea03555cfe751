"""Accounts (local, argon2; or OpenID Connect), server-side sessions, login rate limiting."""
