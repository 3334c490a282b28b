import { connection } from "next/server";
import { LoginForm } from "@/components/login-form";
import { UploadForm } from "@/components/upload/upload-form";
import { currentUser } from "@/lib/auth/current-user";
import { MAX_UPLOAD_BYTES } from "@/lib/documents/limits";
import { MAX_FILES_PER_UPLOAD } from "@/lib/reports/limits";

export default async function UploadPage() {
  await connection();
  const user = await currentUser();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        上传报告 <span className="text-base font-normal text-stone-500">Upload reports</span>
      </h1>
      {user ? (
        <UploadForm maxBytes={MAX_UPLOAD_BYTES} maxFiles={MAX_FILES_PER_UPLOAD} />
      ) : (
        <>
          <p className="text-sm text-stone-600">请先登录。Log in first.</p>
          <LoginForm next="/upload" />
        </>
      )}
    </div>
  );
}
