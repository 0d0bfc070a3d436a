Component({ properties: { value: String } });
