"""What tests share besides fixtures: mail builders (mails), record comparison (expected),
and the paths of the fixture files (files)."""
