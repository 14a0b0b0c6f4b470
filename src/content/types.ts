/** One entry of a content list: a stable id, a short title and one plain sentence or two. */
export interface ContentItem<Id extends string = string> {
  id: Id;
  title: string;
  description: string;
}
