// Writes the framework and editor types from custom-elements.json (see the README's "Types").
