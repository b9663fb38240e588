import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getVariableValues,
  isLeafType,
  isListType,
  isNonNullType,
  type ASTVisitor,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DomainError } from '../errors/DomainError.js';
import { ErrorCode } from '../errors/ErrorCode.js';
import type { Context } from '../context/createContext.js';
import { inputLimits } from './inputLimits.js';

export interface QueryLimits {
  /** nesting of fields; a connection level costs three (field, edges, node) */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** lexical tokens in the whole document, counted while parsing */
  maxTokens: number;
  /** fields resolved at most, with each list's fields multiplied by its `first` */
  maxCost: number;
}

/**
 * Tuned on the playground's example operations (tests/api/queryLimits.test.ts runs each and an
 * abusive one of every kind): four nested connection levels of up to 10 items pass, a fifth level,
 * a 100×100×100 page product or an alias bomb do not.
 */
export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 14, maxAliases: 15, maxDirectives: 10, maxTokens: 1500, maxCost: 25_000 };

interface LimitProtection {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<Context>[];
  /** graphql-js stops lexing past maxTokens: the parser, not validation, refuses a huge document */
  parseOptions: { maxTokens: number };
}

/**
 * Refuses abusive operations before they execute, so before any Cypher runs: graphql-armor for
 * depth, aliases and directives (validation), graphql-query-complexity for a cost that weighs
 * every list by the page size it asks for (variables and defaults included, which armor's own cost
 * rule does not see): QUERY_TOO_COMPLEX with the limit and what arrived. Tokens are capped by
 * graphql-js's parser (GRAPHQL_PARSE_FAILED), which stops reading at the limit; armor's Apollo
 * token plugin throws from a hook Apollo answers with a 500.
 *
 * Introspection (`__schema`, `__type`) is exempt from depth and cost: it reads the schema in
 * memory, never Neo4j, and every client tool must be able to read it. What bounds it instead is
 * graphql-js's own MaxIntrospectionDepthRule (a specified rule since 16.9), the token cap and the
 * alias limit; an operation that mixes introspection with data is charged for its data.
 */
export function queryLimits({ maxDepth, maxAliases, maxDirectives, maxTokens, maxCost }: QueryLimits = DEFAULT_LIMITS): LimitProtection {
  const onReject = [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(tooComplex(error.message.replace(/^Syntax Error: /, '')))];
  const armor = new ApolloArmor({
    maxDepth: { enabled: false },
    maxAliases: { n: maxAliases, onReject, propagateOnRejection: false },
    maxDirectives: { n: maxDirectives, onReject, propagateOnRejection: false },
    maxTokens: { enabled: false },
    // cost: weighed by page sizes below; suggestions: introspection is on anyway, for the playground
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const depth = withoutIntrospection(maxDepthRule({ n: maxDepth, onReject, propagateOnRejection: false }));
  const strings = inputLimits();
  return {
    validationRules: [depth, ...armor.validationRules, strings.validationRule],
    plugins: [strings.plugin, costPlugin(maxCost)],
    parseOptions: { maxTokens },
  };
}

// a list field costs its own statement plus its size times what each item selects: the size is its
// `first` or `limit` (defaults included), else a guess for lists the data bounds (path nodes, events)
const UNSIZED_LIST_ITEMS = 10;
const introspectionEstimator: ComplexityEstimator = ({ field }) => (INTROSPECTION_FIELDS.has(field.name) ? 0 : undefined);
const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!isPaged(field.type)) return undefined;
  const size = [args.first, args.limit].find((value): value is number => typeof value === 'number') ?? UNSIZED_LIST_ITEMS;
  return 1 + size * Math.max(childComplexity, 1);
};

function costPlugin(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          // variables that do not coerce are reported by execution as BAD_USER_INPUT, before any resolver
          if (getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}).errors) return;
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [introspectionEstimator, pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            throw tooComplex((error as Error).message);
          }
          // admission control reads it: a costly operation waits for a turn among the expensive ones
          contextValue.cost = cost;
          if (cost > maxCost)
            throw tooComplex(
              `Query cost limit of ${maxCost} exceeded, found ${Math.round(cost)}: lists multiply their items' cost by their page size (first); ask for smaller pages or fewer levels`,
            );
        },
      };
    },
  };
}

// the root fields that read the schema rather than the graph
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

// armor's depth rule skips `__schema` but counts `__type`; it measures the operation it is handed, so hand it the data part
function withoutIntrospection(rule: ValidationRule): ValidationRule {
  return (context) => {
    const visitor = rule(context) as ASTVisitor & { OperationDefinition: { enter(node: OperationDefinitionNode): void } };
    const enter = (operation: OperationDefinitionNode) =>
      visitor.OperationDefinition.enter.call(visitor, { ...operation, selectionSet: dataSelections(operation.selectionSet) });
    return { OperationDefinition: { enter } };
  };
}

// inline fragments on the root type may hold introspection fields too
function dataSelections(selectionSet: SelectionSetNode): SelectionSetNode {
  const selections = selectionSet.selections
    .filter((selection) => selection.kind !== Kind.FIELD || !INTROSPECTION_FIELDS.has(selection.name.value))
    .map((selection) => (selection.kind === Kind.INLINE_FRAGMENT ? { ...selection, selectionSet: dataSelections(selection.selectionSet) } : selection));
  return { ...selectionSet, selections };
}

// connections, and lists of objects other than a connection's edges, which its `first` already
// counted (a list of scalars costs nothing more than one field)
function isPaged(type: GraphQLOutputType): boolean {
  const bare = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(bare);
  return named.name.endsWith('Connection') || (isListType(bare) && !isLeafType(named) && !named.name.endsWith('Edge'));
}

// the DomainError rides as originalError, so formatError shows QUERY_TOO_COMPLEX over Apollo's validation code
function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { originalError: new DomainError(ErrorCode.QueryTooComplex, message), extensions: { http: { status: 400 } } });
}
