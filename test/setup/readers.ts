// Unit tests parse synchronously, as the API does; the CLI's lazy loading is exercised end to end through the built binary.
import "../../src/posting/all-readers.js";
