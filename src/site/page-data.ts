// What the pages render, and how they get it: both live with the page context (page-context.ts).
export { pageData, pipelineMarkdown, type PageData } from './page-context.ts';
