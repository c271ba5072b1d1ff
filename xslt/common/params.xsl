<?xml version="1.0" encoding="UTF-8"?>
<!-- The parameters every page stylesheet receives from src/site/build-site.ts. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  exclude-result-prefixes="#all">

  <xsl:param name="edition-title" as="xs:string" required="yes"/>
  <xsl:param name="edition-version" as="xs:string" required="yes"/>
  <!-- ISO release date of the edition (config, SOURCE_DATE_EPOCH or CITATION.cff), never the build day; may be empty. -->
  <xsl:param name="edition-date" as="xs:string" required="yes"/>
  <!-- The edition's licence (shown on every page) and publisher, from the config or CITATION.cff; may be empty. -->
  <xsl:param name="edition-licence" as="xs:string" select="''"/>
  <xsl:param name="edition-licence-url" as="xs:string" select="''"/>
  <xsl:param name="edition-publisher" as="xs:string" select="''"/>
  <!-- The data files of the export stage (src/export/), below the site root, for the footer's links. -->
  <xsl:param name="data-files" as="xs:string*" select="()"/>
  <!-- Absolute URL the site is published under, ending in '/'; empty when unknown. -->
  <xsl:param name="base-url" as="xs:string" select="''"/>
  <!-- House policy (edition.config.json "everyWordKept"): the project proves it keeps every word of its sources. -->
  <xsl:param name="every-word-kept" as="xs:boolean" select="false()"/>
  <!-- tei/persons.xml and tei/sources.xml. -->
  <xsl:param name="persons" as="document-node()" required="yes"/>
  <xsl:param name="sources" as="document-node()" required="yes"/>
  <!-- Errors the site was built in spite of (build with allow-errors), one line each; shown in a banner. -->
  <xsl:param name="build-errors" as="xs:string*" select="()"/>
  <!-- How many there were: all of them are given to the home page only, the first few to the others. -->
  <xsl:param name="build-error-count" as="xs:double" select="count($build-errors)"/>

  <!-- The catalogue of texts (xslt/data/catalogue.xsl), given to every page; empty while it is made.
       No page gets the corpus: the pages about the whole edition get the catalogue with the texts'
       digests (xslt/data/digest.xsl), a text's page its own document, so the cost of a page does not
       grow with the corpus, and a build never holds every text at once. -->
  <xsl:param name="catalogue" as="document-node()?" select="()"/>

</xsl:stylesheet>
