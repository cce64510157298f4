package io.github.loosmethod.serialization;
import org.junit.jupiter.api.Test;
class DebugSchemaTest {
  @Test void debug() throws Exception {
    SchemaDocuments d = new SchemaDocuments(SchemaCheck.root(), 1);
    for (String def : new String[]{"convention","commitment","signature","statusChange"}) {
      int bad=0;
      for (int i=0;i<50;i++){ var doc=d.document(def); var e=SchemaCheck.errors(def, doc); if(!e.isEmpty()){ bad++; if (bad<3) System.out.println(def+": "+e.get(0)+" in "+doc.toString().substring(0,Math.min(300,doc.toString().length())));}}
      System.out.println(def+" bad "+bad);
    }
  }
}
