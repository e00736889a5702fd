import { isNotOnDevice, type IsapiClient } from '../../isapi'

/** Deletes one person (and, on terminals, the credentials linked to it); already gone is fine. */
export async function removePerson(client: IsapiClient, employeeNo: string): Promise<void> {
  try {
    await client.persons.delete([employeeNo])
  } catch (error) {
    if (isNotOnDevice(error)) return
    throw error
  }
}
