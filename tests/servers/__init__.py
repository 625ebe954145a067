"""Real mail servers for tests: a private Dovecot instance and an aiosmtpd sink."""
