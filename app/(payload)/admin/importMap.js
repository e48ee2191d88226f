import { MachineTranslationBanner as MachineTranslationBanner_d25290601a215821ff4ca5b3a311087f } from '../../../collections/articles/components/MachineTranslationBanner'
import { PassageFocus as PassageFocus_6823bd750b5c5064e8da38e575ebb7db } from '../../../collections/articles/components/PassageFocus'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { AnnotateClientFeature as AnnotateClientFeature_7e0c7c37e5a6935cd494f19494ee56dd } from '../../../fields/richText/annotate/feature.client'
import { SlashAfterPunctuationClientFeature as SlashAfterPunctuationClientFeature_fececb0903ac485bbb2e3f7a81e233a0 } from '../../../fields/richText/slashAfterPunctuation/feature.client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CiteChip as CiteChip_1dce0245258fcbeddd7029562a4dcf91 } from '../../../fields/richText/citeChip/CiteChip'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ArticleAnnotationsPanel as ArticleAnnotationsPanel_a3955d1d91ba06211ea8498db31af6e7 } from '../../../collections/annotations/components/ArticleAnnotationsPanel'
import { UnmodifiedShare as UnmodifiedShare_cb78af94f0bb202abc2ec9c3245a1c40 } from '../../../collections/articles/components/UnmodifiedShare'
import { DraftAutosave as DraftAutosave_671510d00ad51e578554ce44804b8e5b } from '../../../fields/draftAutosave/DraftAutosave'
import { ExportWorks as ExportWorks_1613a5302bc39b85bf84f154a1315c8d } from '../../../collections/articles/components/ExportWorks'
import { ReconcileView as ReconcileView_b647255f2730d4da1fb7403fc0687dcb } from '../../../components/reconcile/ReconcileView'
import { EditorialListView as EditorialListView_0a3ab900f310f909f9b86f816186cb4b } from '../../../access/EditorialListView'
import { SourceAnnotations as SourceAnnotations_15837bebf75a2485748404315295c12f } from '../../../collections/annotations/components/SourceAnnotations'
import { OfflineJSONField as OfflineJSONField_3cec12b5ef70b5a148f1218d90554054 } from '../../../fields/codeEditor/OfflineJSONField'
import { ImportListButton as ImportListButton_87d0ca1efc24071bf325b61ef1d3097a } from '../../../collections/sources/components/ImportLinks'
import { DuplicateWarning as DuplicateWarning_8174273771cb07165fc22736e0dde427 } from '../../../collections/citations/components/DuplicateWarning'
import { WorkPreview as WorkPreview_141d6635cfc6c72138f9a41ec7e0e270 } from '../../../collections/citations/components/WorkPreview'
import { WhereCited as WhereCited_854d077d3e9cf371038bce885999e601 } from '../../../collections/citations/components/WhereCited'
import { ImportWorks as ImportWorks_d8e555c6e3107b723e4b4eee02c6d050 } from '../../../collections/citations/components/ImportWorks'
import { PossibleDuplicates as PossibleDuplicates_e49e10690c4c9151622e593dd3c287c6 } from '../../../collections/citations/components/PossibleDuplicates'
import { MergeWork as MergeWork_8ff6a543bbbcab52a3726da93f811935 } from '../../../collections/citations/components/MergeWork'
import { BoundaryEditorField as BoundaryEditorField_c3de482151a1463cc7d748e840d99683 } from '../../../collections/places/components/BoundaryEditorField'
import { MapEditorField as MapEditorField_e0ed9b82d703f9640a36e9a5a739be1d } from '../../../collections/maps/components/MapEditorField'
import { OpenAnnotations as OpenAnnotations_eb8e136609be9f79bfe9df5b9bdf6185 } from '../../../collections/annotations/components/OpenAnnotations'
import { SourcingNavLink as SourcingNavLink_3742699463b9a42367466ee3747532e4 } from '../../../collections/articles/components/SourcingNavLink'
import { ImportNavLink as ImportNavLink_87d0ca1efc24071bf325b61ef1d3097a } from '../../../collections/sources/components/ImportLinks'
import { ImportView as ImportView_e693f3ec2b470ff9f475ae945787ef9a } from '../../../collections/sources/components/ImportView'
import { SourcingQueueView as SourcingQueueView_03b7df499f6d8511a4875d85c62a243c } from '../../../collections/articles/components/SourcingQueueView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/articles/components/MachineTranslationBanner#MachineTranslationBanner": MachineTranslationBanner_d25290601a215821ff4ca5b3a311087f,
  "/collections/articles/components/PassageFocus#PassageFocus": PassageFocus_6823bd750b5c5064e8da38e575ebb7db,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/fields/richText/annotate/feature.client#AnnotateClientFeature": AnnotateClientFeature_7e0c7c37e5a6935cd494f19494ee56dd,
  "/fields/richText/slashAfterPunctuation/feature.client#SlashAfterPunctuationClientFeature": SlashAfterPunctuationClientFeature_fececb0903ac485bbb2e3f7a81e233a0,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/fields/richText/citeChip/CiteChip#CiteChip": CiteChip_1dce0245258fcbeddd7029562a4dcf91,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/collections/annotations/components/ArticleAnnotationsPanel#ArticleAnnotationsPanel": ArticleAnnotationsPanel_a3955d1d91ba06211ea8498db31af6e7,
  "/collections/articles/components/UnmodifiedShare#UnmodifiedShare": UnmodifiedShare_cb78af94f0bb202abc2ec9c3245a1c40,
  "/fields/draftAutosave/DraftAutosave#DraftAutosave": DraftAutosave_671510d00ad51e578554ce44804b8e5b,
  "/collections/articles/components/ExportWorks#ExportWorks": ExportWorks_1613a5302bc39b85bf84f154a1315c8d,
  "/components/reconcile/ReconcileView#ReconcileView": ReconcileView_b647255f2730d4da1fb7403fc0687dcb,
  "/access/EditorialListView#EditorialListView": EditorialListView_0a3ab900f310f909f9b86f816186cb4b,
  "/collections/annotations/components/SourceAnnotations#SourceAnnotations": SourceAnnotations_15837bebf75a2485748404315295c12f,
  "/fields/codeEditor/OfflineJSONField#OfflineJSONField": OfflineJSONField_3cec12b5ef70b5a148f1218d90554054,
  "/collections/sources/components/ImportLinks#ImportListButton": ImportListButton_87d0ca1efc24071bf325b61ef1d3097a,
  "/collections/citations/components/DuplicateWarning#DuplicateWarning": DuplicateWarning_8174273771cb07165fc22736e0dde427,
  "/collections/citations/components/WorkPreview#WorkPreview": WorkPreview_141d6635cfc6c72138f9a41ec7e0e270,
  "/collections/citations/components/WhereCited#WhereCited": WhereCited_854d077d3e9cf371038bce885999e601,
  "/collections/citations/components/ImportWorks#ImportWorks": ImportWorks_d8e555c6e3107b723e4b4eee02c6d050,
  "/collections/citations/components/PossibleDuplicates#PossibleDuplicates": PossibleDuplicates_e49e10690c4c9151622e593dd3c287c6,
  "/collections/citations/components/MergeWork#MergeWork": MergeWork_8ff6a543bbbcab52a3726da93f811935,
  "/collections/places/components/BoundaryEditorField#BoundaryEditorField": BoundaryEditorField_c3de482151a1463cc7d748e840d99683,
  "/collections/maps/components/MapEditorField#MapEditorField": MapEditorField_e0ed9b82d703f9640a36e9a5a739be1d,
  "/collections/annotations/components/OpenAnnotations#OpenAnnotations": OpenAnnotations_eb8e136609be9f79bfe9df5b9bdf6185,
  "/collections/articles/components/SourcingNavLink#SourcingNavLink": SourcingNavLink_3742699463b9a42367466ee3747532e4,
  "/collections/sources/components/ImportLinks#ImportNavLink": ImportNavLink_87d0ca1efc24071bf325b61ef1d3097a,
  "/collections/sources/components/ImportView#ImportView": ImportView_e693f3ec2b470ff9f475ae945787ef9a,
  "/collections/articles/components/SourcingQueueView#SourcingQueueView": SourcingQueueView_03b7df499f6d8511a4875d85c62a243c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
