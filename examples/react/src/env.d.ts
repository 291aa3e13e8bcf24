// The elements' JSX types: their attributes, properties and `on` + event-name handlers.
/// <reference types="back-spasm-widgets/react" />
