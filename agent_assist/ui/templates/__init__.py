"""Reply templates in the composer: completer, fill-in fields, insertion, editor dialog."""
