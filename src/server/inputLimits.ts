import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type ASTNode, type ValidationRule } from 'graphql';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { Context } from '../context/createContext.js';

/** The longest string any argument may carry, but an article's text (bounded by the 1 MB body limit). */
const MAX_STRING = 1_000;
// ingestArticle(input: { text }): an article is long; every other string names or filters something
const LONG_FIELD = 'text';
const LONG_IN = 'input';

/**
 * Refuses over-long strings before anything runs: in the document (a validation rule) and in the
 * variables (a plugin), as BAD_USER_INPUT naming the argument, the limit and the length. Search
 * text has a tighter limit of its own (see the search data module).
 */
export function inputLimits(): { validationRule: ValidationRule; plugin: ApolloServerPlugin<Context> } {
  const validationRule: ValidationRule = (context) => ({
    StringValue(node, _key, _parent, _path, ancestors) {
      if (node.value.length > MAX_STRING && !isArticleText(ancestors)) context.reportError(tooLong('a string literal', node.value.length));
    },
  });
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const found = longest(request.variables ?? {}, '');
          if (found) throw tooLong(`variable ${found.path}`, found.length);
        },
      };
    },
  };
  return { validationRule, plugin };
}

// the literal is the text field of an object argument named input (ingestArticle(input: { text }))
function isArticleText(ancestors: readonly (ASTNode | readonly ASTNode[])[]): boolean {
  const nodes = ancestors.filter((a): a is ASTNode => !Array.isArray(a));
  const [field, object, argument] = nodes.slice(-3).reverse();
  return (
    field?.kind === Kind.OBJECT_FIELD &&
    field.name.value === LONG_FIELD &&
    object?.kind === Kind.OBJECT &&
    argument?.kind === Kind.ARGUMENT &&
    argument.name.value === LONG_IN
  );
}

// the first string over the limit in a variables object, with its path; an article's text is exempt
function longest(value: unknown, path: string): { path: string; length: number } | null {
  if (typeof value === 'string')
    return value.length > MAX_STRING && !path.endsWith(`${LONG_IN}.${LONG_FIELD}`) && path !== LONG_FIELD ? { path, length: value.length } : null;
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = longest(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

function tooLong(what: string, length: number): GraphQLError {
  const message = `${what} is ${length} characters long; strings are limited to ${MAX_STRING} characters (an article's text excepted)`;
  return new GraphQLError(message, {
    originalError: new DomainError(ErrorCode.BadUserInput, message, { limit: MAX_STRING }),
    extensions: { http: { status: 400 } },
  });
}
