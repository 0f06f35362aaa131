"""Training and honest evaluation of communique's learned parts: fixed dev-set halves and k-fold splits."""
