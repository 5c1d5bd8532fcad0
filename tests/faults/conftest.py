"""The fault suite: races between processes, kill -9, hostile files, anonymisation leftovers."""
