package dev.claimtrail.extract;

/**
 * One article as the extractor's stages see it: its tokens, quotes, sentences, named entities and
 * time expressions, with the lexicon the rules consult.
 */
record Article(Tokens tokens, Lexicon lexicon, Quotes.Found quotes, Sentences sentences,
    Entities entities, TimeExpressions times) {}
