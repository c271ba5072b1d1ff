<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet (no page): the project's registers as one document, computed once per build when
  a project keeps its persons, bodies and places in several files (e.g. data/people/people.xml and
  data/places/places.xml). Every page then looks entries up in this one document, as in a project
  with a single persons.xml. The lists are copied whole, with their ids; the first register's
  header is kept, so that its prefix definitions still expand the entries' own pointers.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns="http://www.tei-c.org/ns/1.0"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The register documents, in the order of their paths. -->
  <xsl:param name="registers" as="document-node()*" required="yes"/>

  <xsl:mode on-no-match="fail"/>
  <xsl:output method="xml" indent="no"/>

  <xsl:template match="/">
    <TEI>
      <xsl:copy-of select="$registers[1]/TEI/teiHeader"/>
      <standOff>
        <xsl:copy-of select="$registers//(listPerson | listOrg | listPlace)
          [not(ancestor::listPerson | ancestor::listOrg | ancestor::listPlace)]"/>
      </standOff>
    </TEI>
  </xsl:template>

</xsl:stylesheet>
